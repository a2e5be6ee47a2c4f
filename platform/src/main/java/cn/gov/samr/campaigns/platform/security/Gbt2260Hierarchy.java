package cn.gov.samr.campaigns.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * The hierarchy written into GB/T 2260 codes themselves: {@code PP0000} a province, {@code PPCC00} a city in it,
 * {@code PPCCDD} a county in that city. The default where a service has no division tables of its own.
 */
@ApplicationScoped
@DefaultBean
public class Gbt2260Hierarchy implements DivisionHierarchy {

    @Override
    public boolean isWithin(String division, String scope) {
        if (!isCode(division) || !isCode(scope)) {
            return false;
        }
        if (division.equals(scope)) {
            return true;
        }
        if (scope.endsWith("0000")) {
            return division.startsWith(scope.substring(0, 2));
        }
        return scope.endsWith("00") && division.startsWith(scope.substring(0, 4));
    }

    /** {@code PP0000} of the code: the XPCC's cities (659xxx) need a service's own table to fall under 660000. */
    @Override
    public String provincialUnitOf(String division) {
        return isCode(division) ? division.substring(0, 2) + "0000" : null;
    }

    private static boolean isCode(String code) {
        return code != null && code.length() == 6 && code.chars().allMatch(Character::isDigit);
    }
}
