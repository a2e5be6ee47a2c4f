#!/usr/bin/env python3
"""Turns a slice of PostgreSQL's log (log_min_duration_statement=0, log_line_prefix '%m [%p] %q%u@%d ') into a
pgbench script that sends the statements a service sent, with the parameters it bound, so that pgbench runs the
service's own SQL rather than a retyped copy (ratios.sh).

    capture.py read  DB REGEX [BEFORE] < log-slice > read.sql
        every statement of the request whose first statement matches REGEX (its connection, from there on); with
        BEFORE, first the last statement matching it that came before (on whichever connection of the pool: the
        service reads the ETag's version before the page, through the pool too)
    capture.py write DB REGEX [KNOWN,IDS] [TARGET] < log-slice > write.sql
        the inserts, updates and deletes (also those in a WITH) of the one transaction with a statement matching
        REGEX, in one transaction; every id the transaction generated (a UUID in an insert, and not one of the KNOWN ids the
        request named, e.g. its campaign's) becomes a fresh gen_random_uuid() per pgbench
        transaction, so that each inserts new rows as the service does. With TARGET (the id of the row the
        request changed, e.g. the report it submitted), each pgbench transaction takes the next fresh target of
        the table ratios_pool (pools.sql) instead, as each request of the service does.

A summary of what was kept goes to stderr.
"""
import re
import sys

ENTRY = re.compile(r'^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+) \[(\d+)\] (\S*)@(\S*) ([A-Z]+):  (.*)$')
DURATION = re.compile(r'^duration: [0-9.]+ ms  (?:statement|execute [^:]+): (.*)$', re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')(?:, )?", re.S)
UUID = re.compile(r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}')
# the outbox relay's transactions and the webhook dispatcher's poll are not the request's work (both run on the
# service's own schedule, and may take the pooled connection the request used a moment before); nor the driver's
# own catalogue look-ups or the pool's checks inside it
RELAY = re.compile(r'pg_try_advisory|webhook_delivery', re.I)
# a write, also one in a WITH (the outbox writes the aggregate's version and its event in one statement)
WRITE = re.compile(r'\s*(insert|update|delete)\b|\s*with\b.*\b(insert\s+into|update|delete\s+from)\s', re.I | re.S)
INSERT = re.compile(r'\s*insert\b|\s*with\b.*\binsert\s+into\s', re.I | re.S)
DRIVER = re.compile(r'pg_catalog\.|^\s*(set|show)\s|^\s*select 1\s*$', re.I)


def entries(lines, database):
    current = None
    for line in lines:
        m = ENTRY.match(line.rstrip('\n'))
        if m:
            if current:
                yield current
            current = None
            if m.group(4) == database:
                current = {'pid': m.group(2), 'level': m.group(5), 'text': m.group(6)}
        elif current is not None:  # a statement over several lines goes on without the prefix
            current['text'] += '\n' + line.rstrip('\n')
    if current:
        yield current


def statements(lines, database):
    """(pid, sql with its parameters bound), in log order; BEGIN/COMMIT/ROLLBACK kept as markers."""
    pending = {}
    for e in entries(lines, database):
        if e['level'] == 'LOG':
            if e['pid'] in pending:  # an execute without parameters
                yield pending.pop(e['pid'])
            m = DURATION.match(e['text'])
            if m:  # parse and bind lines (and their parameters) are not statements of their own
                pending[e['pid']] = (e['pid'], m.group(1).strip(), {})
        elif e['level'] == 'DETAIL' and e['text'].startswith('parameters: ') and e['pid'] in pending:
            values = {}
            for p in PARAM.finditer(e['text'][len('parameters: '):]):
                values[int(p.group(1))] = p.group(2)
            pid, sql, _ = pending.pop(e['pid'])
            yield pid, sql, values
    yield from pending.values()


def bind(sql, values):
    return re.sub(r'\$(\d+)\b', lambda m: values.get(int(m.group(1)), m.group(0)), sql)


def units(lines, database):
    """Each transaction (or statement outside one) per connection: (in a transaction?, [sql...])."""
    open_tx = {}
    for pid, sql, values in statements(lines, database):
        word = sql.strip().rstrip(';').upper()
        if word in ('BEGIN', 'START TRANSACTION'):
            open_tx[pid] = []
        elif word in ('COMMIT', 'ROLLBACK', 'END'):
            if pid in open_tx:
                yield True, open_tx.pop(pid)
        elif DRIVER.search(sql):
            continue
        elif pid in open_tx:
            open_tx[pid].append((pid, bind(sql, values)))
        else:
            yield False, [(pid, bind(sql, values))]


def one_line(sql):
    return ' '.join(sql.split()) + ';'


def main():
    mode, database = sys.argv[1], sys.argv[2]
    lines = sys.stdin.readlines()
    out = []
    match = re.compile(sys.argv[3], re.I)
    found = [(in_tx, [s for _, s in u], u[0][0]) for in_tx, u in units(lines, database)
             if u and not any(RELAY.search(s) for _, s in u)]
    first = [i for i, (_, sqls, _) in enumerate(found) if any(match.search(s) for s in sqls)]
    if not first:
        sys.exit('no statement matching %s of database %s in the log slice' % (sys.argv[3], database))
    if mode == 'read':
        # from the request's first statement on, what its connection sent (another request, e.g. a drift
        # check from another service, would have used another connection while this one was busy)
        pid = found[first[0]][2]
        before = re.compile(sys.argv[4], re.I) if len(sys.argv) > 4 else None
        lead = [u for u in found[:first[0]] if before and any(before.search(s) for s in u[1])][-1:]
        if before and not lead:
            sys.exit('no statement matching %s before the request of database %s' % (sys.argv[4], database))
        for in_tx, sqls, _ in lead:
            out += (['BEGIN;'] if in_tx else []) + [one_line(s) for s in sqls] + (['COMMIT;'] if in_tx else [])
        for in_tx, sqls, p in found[first[0]:]:
            if p == pid:
                out += (['BEGIN;'] if in_tx else []) + [one_line(s) for s in sqls] + (['COMMIT;'] if in_tx else [])
    else:
        sqls = found[first[-1]][1]
        target = sys.argv[5] if len(sys.argv) > 5 else ''
        seen, fresh = set((sys.argv[4].split(',') if len(sys.argv) > 4 else []) + [target]), []
        # generated: in an insert and not named by the request, wherever the service used it first (it may look
        # for the same venue's bookings, excluding the new id, before it inserts)
        for s in sqls:
            if INSERT.match(s):
                for u in UUID.findall(s):
                    if u not in seen:
                        seen.add(u)
                        fresh.append(u)
        writes = [s for s in sqls if WRITE.match(s)]
        names = {u: 'u%d' % (i + 1) for i, u in enumerate(fresh)}
        out.append('BEGIN;')
        if names:
            out.append('select ' + ', '.join('gen_random_uuid() as %s' % n for n in names.values()) + ' \\gset')
        if target:
            out.append("select target from ratios_pool where n = (select nextval('ratios_pool_next')) \\gset")
            names[target] = 'target'
        for s in writes:
            for u, n in names.items():
                s = s.replace(u, ':' + n)
            out.append(one_line(s))
        out.append('COMMIT;')
    kept = [s for s in out if s not in ('BEGIN;', 'COMMIT;')]
    if not kept:
        sys.exit('no statement of database %s in the log slice' % database)
    for s in kept:
        print('  ' + (s[:150] + '…' if len(s) > 150 else s), file=sys.stderr)
    print('\n'.join(out))


if __name__ == '__main__':
    main()
