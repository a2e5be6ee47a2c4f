package cn.gov.samr.campaigns.report.rest;

import jakarta.validation.constraints.Size;

/** The reviewer's comments (审核意见): required to return a report, optional to accept it. */
public record ReviewRequest(@Size(max = 20000) String comments) {
}
