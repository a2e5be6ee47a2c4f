package cn.gov.samr.campaigns.platform.rest;

/** An upload's content is of a type its endpoint does not accept: 415, naming the type detected. */
public class UnsupportedTypeProblem extends RuntimeException {

    public UnsupportedTypeProblem(String message) {
        super(message);
    }
}
