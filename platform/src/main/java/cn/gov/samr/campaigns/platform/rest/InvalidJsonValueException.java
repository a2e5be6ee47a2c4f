package cn.gov.samr.campaigns.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that breaks one of the {@link InputRules}. A {@link MismatchedInputException}, so that Jackson adds
 * the path of the field as the exception leaves each object and array; its message is for the client.
 */
public class InvalidJsonValueException extends MismatchedInputException {

    public InvalidJsonValueException(JsonParser parser, String message, Class<?> targetType) {
        super(parser, message, targetType);
    }
}
