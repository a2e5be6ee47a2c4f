import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event propagation through the suite (ratios.sh): schedules an activity (not timed), then publishes it and
 * measures from the moment event-service acknowledges the publication (its transaction, outbox row included, has
 * committed) until report-service's read model shows it (its activity projection row says published), polled every
 * 0.5 ms over one JDBC connection. Prints "p50 p99 max" in milliseconds; each event over 100 ms on stderr.
 *   java -cp postgresql.jar Propagation.java EVENT_URL TOKEN CAMPAIGN REPORTS_JDBC_URL USER PASSWORD COUNT
 */
public class Propagation {
    public static void main(String[] args) throws Exception {
        String api = args[0] + "/api/v1/activities";
        String token = args[1], campaign = args[2];
        int count = Integer.parseInt(args[6]);
        HttpClient http = HttpClient.newHttpClient();
        Pattern id = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");
        double[] millis = new double[count];
        try (Connection db = DriverManager.getConnection(args[3], args[4], args[5]);
                PreparedStatement visible = db.prepareStatement(
                        "select 1 from activity_projection where activity_id = cast(? as uuid) and status = 'published'")) {
            for (int i = 0; i < count; i++) {
                String body = """
                        {"type": "knowledge-lecture", "title": {"zh": "传播时延测量第%d场"}, "campaigns": ["%s"],
                         "venue": {"division": "320102", "address": "南京市玄武区传播路%d号"},
                         "startsAt": "2022-09-21T09:00:00+08:00", "endsAt": "2022-09-21T10:00:00+08:00",
                         "format": "offline", "visibility": "public", "voluntaryParticipation": true, "noFee": true}"""
                        .formatted(i, campaign, i);
                HttpResponse<String> created = http.send(request(api, token).POST(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = id.matcher(created.body());
                if (created.statusCode() != 201 || !m.find()) {
                    throw new IllegalStateException("schedule: " + created.statusCode() + " " + created.body());
                }
                HttpResponse<String> published = http.send(request(api + "/" + m.group(1) + "/publish", token)
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                long acknowledged = System.nanoTime();
                if (published.statusCode() != 200) {
                    throw new IllegalStateException("publish: " + published.statusCode() + " " + published.body());
                }
                visible.setString(1, m.group(1));
                while (true) {
                    try (ResultSet rs = visible.executeQuery()) {
                        if (rs.next()) {
                            break;
                        }
                    }
                    if (System.nanoTime() - acknowledged > 30_000_000_000L) {
                        throw new IllegalStateException("not visible in report-service after 30 s: " + m.group(1));
                    }
                    Thread.sleep(0, 500_000);
                }
                millis[i] = (System.nanoTime() - acknowledged) / 1e6;
                if (millis[i] > 100) { // which event, and when: to be read against the services' logs
                    System.err.printf("event %d (%s): %.1f ms, acknowledged at %s%n", i, m.group(1), millis[i],
                            java.time.Instant.now().minusNanos((long) (millis[i] * 1e6)));
                }
            }
        }
        Arrays.sort(millis);
        System.out.printf("%.1f %.1f %.1f%n", millis[(int) (count * 0.50)], millis[Math.min(count - 1, (int) (count * 0.99))],
                millis[count - 1]);
    }

    static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }
}
