# Sourced by the Temporal one-off jobs (setup-schema.sh, create-namespace.sh).
# retry <tries> <message> <command...>: runs the command every 2 s until it succeeds; after
# <tries> failures prints the message on stderr and exits 1.
retry() {
  tries="$1"
  message="$2"
  shift 2
  attempt=0
  until "$@"; do
    attempt=$((attempt + 1))
    if [ "$attempt" -ge "$tries" ]; then
      echo "$message" >&2
      exit 1
    fi
    sleep 2
  done
}
