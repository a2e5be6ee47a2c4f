package cn.gov.samr.campaigns.platform.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import cn.gov.samr.campaigns.platform.rest.Changes;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Problem;

/**
 * Changes feeds that never skip and never repeat a change while writes go on (incremental sync for partners).
 * <p>
 * Ids, timestamps and sequences are taken before commit and commit out of order, so a feed keyed by them skips
 * the row whose transaction commits after a later one was read. Instead every table in a feed has a column
 * {@code change_xid xid8} that a trigger sets to {@code pg_current_xact_id()} on every insert and update (the
 * migration pattern is in {@code docs/changes.md}), and a feed serves only rows whose
 * {@code change_xid < pg_snapshot_xmin(pg_current_snapshot())}, in {@code (change_xid, id)} order, resuming after
 * the {@code (change_xid, id)} of the last row it served. Why that holds:
 * <ul>
 * <li>{@code xmin} of a snapshot is the oldest transaction id still running when it was taken (or the next one to be
 * assigned if none runs). Every transaction below it has ended, so the rows it wrote that the feed can see are
 * final: no row with such an id can appear later.</li>
 * <li>Transaction ids (xid8, 64 bits, never wrap) are assigned in increasing order when a transaction first writes.
 * Any transaction that commits after a page was read either was running then (id ≥ that page's {@code xmin}) or
 * starts writing later (a higher id still): its rows sort after every row the page served, so after the cursor.</li>
 * <li>A row written again gets the newer transaction's id and moves to the end: each change is served once, and a
 * row changed twice before it was read is served once, as it is now.</li>
 * </ul>
 * The price is latency, not correctness: a long transaction (in any database of the server: {@code xmin} is the
 * server's) holds the feed back until it ends. A page is read in one repeatable-read snapshot ({@link #oneSnapshot})
 * so that the positions and the objects built from them agree.
 */
public final class ChangeFeed {

    /** Where a reader is: the transaction id and row id of the last change it read. */
    public record Position(long xid, UUID id) {

        /** Before every change. */
        public static final Position START = new Position(0, new UUID(0, 0));

        /** The position a cursor names; {@link #START} for none; a 400 on {@code after} for a forged one. */
        public static Position after(String cursor) {
            Cursor c;
            try {
                c = Cursor.decode(cursor, Cursor.Key.COUNTER, Cursor.Key.UUID);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(List.of(new Problem.FieldError("after",
                        "not a cursor this feed returned; start again without one")));
            }
            return c.isEmpty() ? START : new Position(c.counter(0), c.uuid(1));
        }

        public String cursor() {
            return Cursor.encode(Long.toString(xid), id.toString());
        }
    }

    private ChangeFeed() {
    }

    /**
     * Makes the caller's transaction read one snapshot (repeatable read, read only): the positions of a page and
     * the objects loaded for it, collections included, are then of the same moment. Must be the first statement of
     * a fresh transaction (e.g. a {@code @Transactional(REQUIRES_NEW)} method).
     */
    public static void oneSnapshot(EntityManager em) {
        em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
    }

    /**
     * The positions of the next changes, at most {@code limit}.
     *
     * @param alias     the alias of the fed table in {@code fromWhere}; it has columns {@code id} (uuid) and
     *                  {@code change_xid}
     * @param fromWhere {@code from <table> <alias> [joins] where <conditions>}: the rows the caller may see, the same
     *                  conditions its list uses; parameters in {@code params} (names starting {@code change} are this
     *                  class's)
     */
    public static List<Position> next(EntityManager em, String alias, String fromWhere, Map<String, Object> params,
            Position after, int limit) {
        return next(em, alias + ".id", alias + ".change_xid", fromWhere, params, after, limit);
    }

    /**
     * The same for an object kept in several rows: its position is the latest of their {@code change_xid}s, e.g.
     * {@code greatest(r.change_xid, o.change_xid)} (the argument above holds for it: a change to any of the rows
     * raises it to an id no page has passed). Without an index on the expression: for small tables only.
     */
    @SuppressWarnings("unchecked")
    public static List<Position> next(EntityManager em, String id, String xid, String fromWhere,
            Map<String, Object> params, Position after, int limit) {
        String sql = "select " + id + ", cast(" + xid + " as text) " + fromWhere
                + " and " + xid + " < pg_snapshot_xmin(pg_current_snapshot())"
                + " and (" + xid + ", " + id + ") > (cast(:changeAfterXid as xid8), :changeAfterId)"
                + " order by " + xid + ", " + id + " limit :changeLimit";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("changeAfterXid", Long.toString(after.xid()));
        query.setParameter("changeAfterId", after.id());
        query.setParameter("changeLimit", limit);
        List<Position> positions = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            positions.add(new Position(Long.parseLong((String) row[1]), (UUID) row[0]));
        }
        return positions;
    }

    /**
     * A page of the feed from the positions of up to {@code limit + 1} changes (the extra one only says that more
     * wait): the objects loaded by id, in the positions' order, and the cursor after the last one (or
     * {@code after} again when nothing changed).
     *
     * @param load  the objects of the given ids, in one query (any order)
     * @param idOf  an object's id
     * @param views the answer's items for the objects, in their order (a list at once, so that their links can be
     *              read in one query per kind as a list does)
     */
    public static <E, T> Changes<T> page(List<Position> fetched, Position after, int limit,
            Function<Collection<UUID>, List<E>> load, Function<E, UUID> idOf, Function<List<E>, List<T>> views) {
        List<Position> positions = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
        Map<UUID, E> byId = new HashMap<>();
        if (!positions.isEmpty()) {
            for (E e : load.apply(positions.stream().map(Position::id).toList())) {
                byId.put(idOf.apply(e), e);
            }
        }
        List<E> changed = new ArrayList<>();
        for (Position p : positions) {
            E e = byId.get(p.id());
            if (e == null) {
                throw new IllegalStateException("change " + p + " has no row in the same snapshot");
            }
            changed.add(e);
        }
        Position next = positions.isEmpty() ? after : positions.get(positions.size() - 1);
        return new Changes<>(List.copyOf(views.apply(changed)), next.cursor(), fetched.size() > limit);
    }
}
