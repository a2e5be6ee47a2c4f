package cn.gov.samr.campaigns.material.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the provinces get a material: printed copies by post (邮寄), a file to download, or both. */
public enum Delivery {
    @JsonProperty("post")
    POST,
    @JsonProperty("download")
    DOWNLOAD,
    @JsonProperty("both")
    BOTH;

    public boolean downloadable() {
        return this != POST;
    }
}
