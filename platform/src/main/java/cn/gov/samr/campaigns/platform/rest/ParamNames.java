package cn.gov.samr.campaigns.platform.rest;

import java.lang.annotation.Annotation;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMatrix;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The name a client knows a parameter by, read from the annotation that binds it. */
final class ParamNames {

    private ParamNames() {
    }

    /** The bound name, or {@code parameter} when the annotation leaves it to the Java name. */
    static String of(Annotation[] annotations) {
        for (Annotation a : annotations) {
            String name = of(a);
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return "parameter";
    }

    /** The query parameter an annotation binds, or null when it binds none (or leaves the name to Java). */
    static String queryName(Annotation a) {
        if (a instanceof QueryParam q) {
            return q.value();
        }
        if (a instanceof RestQuery q) {
            return q.value();
        }
        return null;
    }

    private static String of(Annotation a) {
        if (a instanceof QueryParam q) {
            return q.value();
        } else if (a instanceof PathParam p) {
            return p.value();
        } else if (a instanceof HeaderParam h) {
            return h.value();
        } else if (a instanceof FormParam f) {
            return f.value();
        } else if (a instanceof CookieParam c) {
            return c.value();
        } else if (a instanceof MatrixParam m) {
            return m.value();
        } else if (a instanceof RestQuery q) {
            return q.value();
        } else if (a instanceof RestPath p) {
            return p.value();
        } else if (a instanceof RestHeader h) {
            return h.value();
        } else if (a instanceof RestForm f) {
            return f.value();
        } else if (a instanceof RestCookie c) {
            return c.value();
        } else if (a instanceof RestMatrix m) {
            return m.value();
        }
        return null;
    }
}
