package cn.gov.samr.campaigns.platform.rest;

/** The addressed resource does not exist, or the caller may not know it exists: answered 404. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
