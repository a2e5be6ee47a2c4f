package cn.gov.samr.campaigns.platform.rest;

/** An upload is larger than its endpoint accepts: 413. */
public class PayloadTooLargeProblem extends RuntimeException {

    public PayloadTooLargeProblem(String message) {
        super(message);
    }
}
