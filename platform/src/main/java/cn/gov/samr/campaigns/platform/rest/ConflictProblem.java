package cn.gov.samr.campaigns.platform.rest;

/** The request is well formed but the resource's state forbids it (e.g. editing a closed campaign): 409. */
public class ConflictProblem extends RuntimeException {

    public ConflictProblem(String message) {
        super(message);
    }
}
