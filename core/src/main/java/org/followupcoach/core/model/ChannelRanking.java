package org.followupcoach.core.model;

import java.util.List;

/** The survey and the channels it ranks, best first. */
public record ChannelRanking(Survey survey, List<Channel> channels) {
    public ChannelRanking {
        channels = List.copyOf(channels);
    }
}
