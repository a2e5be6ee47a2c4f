package cn.gov.samr.campaigns.e2e;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import cn.gov.samr.campaigns.harness.Postgres;

/**
 * What the producer holds against what the consumers projected, read straight from the three databases:
 * <ul>
 * <li>every activity event-service ever announced (published at some time) is in report-service's activity
 * projection with its status, provincial unit, campaigns, participants and media items, and nothing else is;</li>
 * <li>every published campaign has its 32 obligations in report-service, due on the campaign's current deadline, and
 * no other campaign has any;</li>
 * <li>every published campaign has exactly one distribution plan in material-service, to the 32 units;</li>
 * <li>every event event-service wrote to its outbox for these topics was recorded by the consumers' inboxes;</li>
 * <li>where the projection records the version it holds ({@code source_version}, the versioned events' rule), it is
 * the activity's latest version in event-service.</li>
 * </ul>
 * Each read opens fresh connections, so a database that refused work a moment ago does not break the comparison.
 */
final class ProjectionComparison {

    /** A snapshot: the differences (empty when the projections equal the producer's state) and what was compared. */
    record Result(List<String> differences, int announcedActivities, int publishedCampaigns, int obligations,
            int plans, int events) {

        boolean equal() {
            return differences.isEmpty();
        }

        String summary() {
            return announcedActivities + " activities, " + publishedCampaigns + " published campaigns, "
                    + obligations + " obligations, " + plans + " plans, " + events + " events";
        }
    }

    private final Postgres postgres;
    private final String eventsDb;
    private final String reportsDb;
    private final String materialsDb;

    ProjectionComparison(Postgres postgres, String eventsDb, String reportsDb, String materialsDb) {
        this.postgres = postgres;
        this.eventsDb = eventsDb;
        this.reportsDb = reportsDb;
        this.materialsDb = materialsDb;
    }

    /** Compares now; a consumer database that cannot be read yet counts as a difference. */
    Result compare() {
        try {
            return compareOrFail();
        } catch (SQLException e) {
            return new Result(List.of("cannot read: " + e.getMessage()), 0, 0, 0, 0, 0);
        }
    }

    /** The activity's status in event-service, the way report-service spells it (its JSON name). */
    String statusOf(String activityId) throws SQLException {
        try (Connection c = connect(eventsDb); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select lower(status) from activity where id = '"
                        + java.util.UUID.fromString(activityId) + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The activities event-service holds as completed. */
    Set<String> completedActivities() throws SQLException {
        try (Connection c = connect(eventsDb)) {
            return strings(c, "select id::text from activity where status = 'COMPLETED'");
        }
    }

    /** The event ids report-service's inbox has recorded. */
    Set<String> processedByReportService() throws SQLException {
        try (Connection c = connect(reportsDb)) {
            return strings(c, "select event_id from processed_event where consumer = 'report-service'");
        }
    }

    private Result compareOrFail() throws SQLException {
        Map<String, String> produced = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        Map<String, String> deadlines = new HashMap<>();
        Set<String> activityEvents;
        Set<String> campaignEvents;
        try (Connection c = connect(eventsDb)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select a.id, lower(a.status), a.provincial_unit, coalesce(a.actual_participants, 0),
                           coalesce(a.media_items, 0),
                           array(select ac.campaign_id::text from activity_campaign ac where ac.activity_id = a.id
                                 order by 1)
                    from activity a where a.published_at is not null""")) {
                while (rs.next()) {
                    produced.put(rs.getString(1), activity(rs));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select id, reporting_deadline from campaign where status in ('PUBLISHED', 'CLOSED')")) {
                while (rs.next()) {
                    deadlines.put(rs.getString(1), rs.getString(2));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select aggregate_id, version from aggregate_version where aggregate_type = 'Activity'")) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getLong(2));
                }
            }
            activityEvents = strings(c, "select event_id::text from outbox_event where topic = 'activity.events'");
            campaignEvents = strings(c, "select event_id::text from outbox_event where topic = 'campaign.events'");
        }

        Map<String, String> projected = new HashMap<>();
        Map<String, Map<String, Integer>> obligations = new HashMap<>(); // campaign -> deadline -> count
        Set<String> reportInbox;
        try (Connection c = connect(reportsDb)) {
            boolean versioned = !strings(c, """
                    select column_name from information_schema.columns
                    where table_name = 'activity_projection' and column_name = 'source_version'""").isEmpty();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select activity_id, status, provincial_unit, actual_participants, media_items,
                           array(select unnest(campaign_ids)::text order by 1), %s
                    from activity_projection""".formatted(versioned ? "source_version" : "0"))) {
                while (rs.next()) {
                    projected.put(rs.getString(1), activity(rs) + (versioned ? "/v" + rs.getLong(7) : ""));
                }
            }
            if (versioned) {
                produced.replaceAll((id, activity) -> activity + "/v" + versions.getOrDefault(id, 0L));
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select campaign_id, deadline, count(*) from obligation group by 1, 2")) {
                while (rs.next()) {
                    obligations.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                            rs.getInt(3));
                }
            }
            reportInbox = strings(c, "select event_id from processed_event where consumer = 'report-service'");
        }

        Map<String, Integer> recipients = new HashMap<>(); // campaign -> recipients of its plan; -1 for two plans
        Set<String> materialInbox;
        try (Connection c = connect(materialsDb)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select p.campaign_id, (select count(*) from distribution_recipient r where r.plan_id = p.id)
                    from distribution_plan p""")) {
                while (rs.next()) {
                    recipients.merge(rs.getString(1), rs.getInt(2), (a, b) -> -1);
                }
            }
            materialInbox = strings(c, "select event_id from processed_event where consumer = 'material-service'");
        }

        List<String> differences = new ArrayList<>();
        for (var activity : produced.entrySet()) {
            String there = projected.get(activity.getKey());
            if (!activity.getValue().equals(there)) {
                differences.add("activity " + activity.getKey() + ": event-service " + activity.getValue()
                        + ", report-service " + (there == null ? "nothing" : there));
            }
        }
        for (String extra : difference(projected.keySet(), produced.keySet())) {
            differences.add("activity " + extra + " projected but never announced: " + projected.get(extra));
        }
        int obligationCount = 0;
        for (var campaign : deadlines.entrySet()) {
            Map<String, Integer> held = obligations.getOrDefault(campaign.getKey(), Map.of());
            if (!held.equals(Map.of(campaign.getValue(), 32))) {
                differences.add("obligations of campaign " + campaign.getKey() + " (deadline " + campaign.getValue()
                        + "): " + held);
            }
            obligationCount += held.values().stream().mapToInt(Integer::intValue).sum();
            Integer plan = recipients.get(campaign.getKey());
            if (plan == null || plan != 32) {
                differences.add("distribution plan of campaign " + campaign.getKey() + ": "
                        + (plan == null ? "none" : plan == -1 ? "two or more" : plan + " recipients"));
            }
        }
        for (String extra : difference(obligations.keySet(), deadlines.keySet())) {
            differences.add("obligations for campaign " + extra + ", which is not published");
        }
        for (String extra : difference(recipients.keySet(), deadlines.keySet())) {
            differences.add("a distribution plan for campaign " + extra + ", which is not published");
        }
        Set<String> unapplied = difference(union(activityEvents, campaignEvents), reportInbox);
        if (!unapplied.isEmpty()) {
            differences.add(unapplied.size() + " events not recorded by report-service's inbox, e.g. "
                    + unapplied.iterator().next());
        }
        Set<String> unappliedCampaignEvents = difference(campaignEvents, materialInbox);
        if (!unappliedCampaignEvents.isEmpty()) {
            differences.add(unappliedCampaignEvents.size() + " campaign events not recorded by material-service's"
                    + " inbox, e.g. " + unappliedCampaignEvents.iterator().next());
        }
        return new Result(differences, produced.size(), deadlines.size(), obligationCount, recipients.size(),
                activityEvents.size() + campaignEvents.size());
    }

    /** status/unit/participants/media/campaigns, one string so that maps compare whole rows. */
    private static String activity(ResultSet rs) throws SQLException {
        Array campaigns = rs.getArray(6);
        return rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getInt(4) + "/" + rs.getInt(5) + "/"
                + Arrays.toString((Object[]) campaigns.getArray());
    }

    private static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", postgres.user());
        if (!postgres.password().isEmpty()) {
            props.setProperty("password", postgres.password());
        }
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(postgres.jdbcUrl(database), props);
    }
}
