package cn.gov.samr.campaigns.harness.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opt-out of the contract check for a test (method or class) that deliberately calls what the document does not
 * describe. Say why: every use is a hole in the proof that the answers match the contract.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface UncheckedByContract {

    /** Why this test's answers are not the contract's business. */
    String value();
}
