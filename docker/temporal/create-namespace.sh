#!/bin/sh
# Creates the Mentorflow namespace and registers its custom search attributes.
# Runs in temporalio/admin-tools (Temporal CLI) as the `temporal-create-namespace` one-off service.
# Idempotent: an existing namespace or search attribute is left as it is. The api and the worker
# register the same search attributes at start, so this job only makes the first start smoother.
set -eu
# retry <tries> <message> <command...>, for the waits below.
. "$(dirname "$0")/retry.sh"

NAMESPACE="${TEMPORAL_NAMESPACE:?}"
ADDRESS="${TEMPORAL_ADDRESS:-temporal:7233}"
RETENTION="${TEMPORAL_NAMESPACE_RETENTION:-30d}"
# name:type pairs; must match the keys in workflows/ (search attribute contracts).
SEARCH_ATTRIBUTES="ProgramType:Keyword OrganizationId:Keyword MentorId:Keyword Stage:Keyword ProgramYear:Int ProgramStatus:Keyword"

# Temporal's compose samples resolve the host to IPv4 first (the CLI may otherwise pick an
# IPv6 address the server does not listen on).
host="${ADDRESS%:*}"
port="${ADDRESS##*:}"
ip="$(getent ahostsv4 "$host" 2>/dev/null | awk 'NR == 1 { print $1 }' || true)"
if [ -n "$ip" ]; then
  ADDRESS="$ip:$port"
fi

tcli() {
  temporal --address "$ADDRESS" "$@"
}

echo "temporal-create-namespace: waiting for the Temporal frontend at $ADDRESS"
healthy() {
  tcli operator cluster health >/dev/null 2>&1
}
retry 60 "temporal-create-namespace: Temporal at $ADDRESS is not healthy" healthy

if tcli operator namespace describe --namespace "$NAMESPACE" >/dev/null 2>&1; then
  echo "temporal-create-namespace: namespace $NAMESPACE exists"
else
  tcli operator namespace create --namespace "$NAMESPACE" --retention "$RETENTION" \
    --description "Mentorflow mentorship programs"
  echo "temporal-create-namespace: namespace $NAMESPACE created (retention $RETENTION)"
fi

has_attribute() {
  tcli operator search-attribute list --namespace "$NAMESPACE" 2>/dev/null | grep -qw "$1"
}

for spec in $SEARCH_ATTRIBUTES; do
  name="${spec%%:*}"
  type="${spec#*:}"
  attempt=0
  # A namespace created a moment ago may not be visible to every frontend yet: retry.
  until has_attribute "$name"; do
    attempt=$((attempt + 1))
    if [ "$attempt" -gt 15 ]; then
      echo "temporal-create-namespace: could not register search attribute $name ($type)" >&2
      exit 1
    fi
    tcli operator search-attribute create --namespace "$NAMESPACE" --name "$name" --type "$type" \
      || sleep 2
  done
  echo "temporal-create-namespace: search attribute $name ($type) registered"
done
# The frontend picks up new attributes when it refreshes its namespace cache (about 10 s); until
# then a workflow start using them is rejected. Finish only once a query over all of them works.
query=""
for spec in $SEARCH_ATTRIBUTES; do
  name="${spec%%:*}"
  case "${spec#*:}" in
    Int) clause="$name = 0" ;;
    *) clause="$name = 'probe'" ;;
  esac
  query="${query:+$query AND }$clause"
done
usable() {
  tcli workflow count --namespace "$NAMESPACE" --query "$query" >/dev/null 2>&1
}
retry 30 "temporal-create-namespace: search attributes are registered but not usable: $query" usable
echo "temporal-create-namespace: done"
