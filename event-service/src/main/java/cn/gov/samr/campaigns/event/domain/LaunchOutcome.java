package cn.gov.samr.campaigns.event.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What became of a launch ceremony (启动仪式): still to come, or how it actually took place. */
public enum LaunchOutcome {
    /** Nothing recorded yet: the ceremony is as planned. */
    @JsonProperty("planned")
    PLANNED,
    /** Held as planned: the planned place and day. */
    @JsonProperty("held")
    HELD,
    /** Held in person at another place and/or on another day. */
    @JsonProperty("moved")
    MOVED,
    /** Held online only, at a link; no place. */
    @JsonProperty("online")
    ONLINE,
    /** Held at a place and streamed at a link. */
    @JsonProperty("hybrid")
    HYBRID,
    /** Not held, with the reason. */
    @JsonProperty("cancelled")
    CANCELLED;

    /** The name the API uses, e.g. {@code online}. */
    public String apiName() {
        return name().toLowerCase();
    }
}
