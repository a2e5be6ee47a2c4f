package cn.gov.samr.campaigns.report.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.report.service.CampaignStatistics.Completeness;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Puts the completeness and timeliness rates, which {@link Completeness} computes, into its JSON: they are what
 * the national office reads first, and a client should not have to divide.
 */
@Singleton
public class StatisticsJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Completeness.class, CompletenessRates.class);
    }

    abstract static class CompletenessRates {

        @JsonProperty("completenessRate")
        abstract double completenessRate();

        @JsonProperty("timelinessRate")
        abstract double timelinessRate();
    }
}
