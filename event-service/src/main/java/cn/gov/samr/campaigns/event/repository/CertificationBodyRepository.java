package cn.gov.samr.campaigns.event.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.CertificationBody;
import cn.gov.samr.campaigns.event.domain.CertificationScheme;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CertificationBodyRepository implements PanacheRepositoryBase<CertificationBody, String> {

    /** What a list narrows by; null fields do not filter. {@code text}: in the approval number or either name. */
    public record Filter(CertificationScheme scheme, String text) {
    }

    /** In approval-number order, after {@code afterId} when given; fetches limit rows. */
    @SuppressWarnings("unchecked")
    public List<CertificationBody> list(Filter f, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("select b.* from certification_body b where true");
        Map<String, Object> params = new HashMap<>();
        if (f.scheme() != null) {
            sql.append(" and exists (select 1 from certification_body_scheme s where s.body_id = b.id"
                    + " and s.scheme = :scheme)");
            params.put("scheme", f.scheme().name());
        }
        if (f.text() != null) {
            sql.append(" and (b.name_zh like :text escape '\\' or lower(b.name_en) like lower(:text) escape '\\'"
                    + " or b.id like upper(:text) escape '\\')");
            params.put("text", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (afterId != null) {
            sql.append(" and b.id > :after");
            params.put("after", afterId);
        }
        sql.append(" order by b.id limit :limit");
        params.put("limit", limit);
        Query query = getEntityManager().createNativeQuery(sql.toString(), CertificationBody.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Activities by status and the participants of the completed ones. */
    public record Figures(long planned, long published, long completed, long cancelled, long participants) {
    }

    /** One campaign's figures for a body. */
    public record CampaignFigures(UUID campaignId, LocalizedText name, Figures figures) {
    }

    private static final String COUNTS = """
            count(*) filter (where a.status = :planned),
            count(*) filter (where a.status = :published),
            count(*) filter (where a.status = :completed),
            count(*) filter (where a.status = :cancelled),
            coalesce(sum(a.actual_participants) filter (where a.status = :completed), 0)""";

    /**
     * Per campaign (of {@code campaign} only when given), the activities naming the body: an activity merged into
     * several campaigns counts once in each (activity_campaign has one row per pair), never twice in one. Campaigns
     * in window order; a handful a year.
     */
    @SuppressWarnings("unchecked")
    public List<CampaignFigures> figuresPerCampaign(String body, UUID campaign) {
        Query query = getEntityManager().createNativeQuery("select c.id, c.name_zh, c.name_en, " + COUNTS + """
                 from activity_certification_body b
                join activity a on a.id = b.activity_id
                join activity_campaign ac on ac.activity_id = a.id
                join campaign c on c.id = ac.campaign_id
                where b.org = :body and (cast(:campaign as uuid) is null or c.id = cast(:campaign as uuid))
                group by c.id, c.name_zh, c.name_en, c.window_start
                order by c.window_start, c.id""");
        bind(query, body).setParameter("campaign", campaign == null ? null : campaign.toString());
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new CampaignFigures((UUID) r[0], new LocalizedText((String) r[1], (String) r[2]),
                        figures(r, 3)))
                .toList();
    }

    /** Over all campaigns (or the one given), each activity naming the body once. */
    public Figures total(String body, UUID campaign) {
        Query query = getEntityManager().createNativeQuery("select " + COUNTS + """
                 from activity_certification_body b
                join activity a on a.id = b.activity_id
                where b.org = :body and (cast(:campaign as uuid) is null or exists (select 1 from activity_campaign ac
                      where ac.activity_id = a.id and ac.campaign_id = cast(:campaign as uuid)))""");
        bind(query, body).setParameter("campaign", campaign == null ? null : campaign.toString());
        return figures((Object[]) query.getSingleResult(), 0);
    }

    private static Query bind(Query query, String body) {
        // the statuses as the entities store them (enum names)
        return query.setParameter("body", body)
                .setParameter("planned", ActivityStatus.PLANNED.name())
                .setParameter("published", ActivityStatus.PUBLISHED.name())
                .setParameter("completed", ActivityStatus.COMPLETED.name())
                .setParameter("cancelled", ActivityStatus.CANCELLED.name());
    }

    private static Figures figures(Object[] r, int from) {
        return new Figures(((Number) r[from]).longValue(), ((Number) r[from + 1]).longValue(),
                ((Number) r[from + 2]).longValue(), ((Number) r[from + 3]).longValue(),
                ((Number) r[from + 4]).longValue());
    }
}
