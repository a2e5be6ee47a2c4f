package cn.gov.samr.campaigns.platform.rest;

/** A change to a shared object came without If-Match: 428, read the resource and send its ETag. */
public class PreconditionRequiredProblem extends RuntimeException {

    public PreconditionRequiredProblem(String message) {
        super(message);
    }
}
