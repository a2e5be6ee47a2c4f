package cn.gov.samr.campaigns.platform.rest;

/** The caller's If-Match names a version that is no longer current: 412, read again before changing. */
public class PreconditionFailedProblem extends RuntimeException {

    public PreconditionFailedProblem(String message) {
        super(message);
    }
}
