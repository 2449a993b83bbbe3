#!/usr/bin/env bash
# Submits the TradeStream job to the session cluster with `flink run -d`, unless a job named
# TradeStream is already running, scheduled or restarting there: a second copy would share the
# first one's Kafka transactional ids and consumer group. Arguments are job settings
# (--name value), passed to the job after the jar.
# Usage: submit-tradestream.sh JOBMANAGER_HOST:REST_PORT [--name value ...]
set -euo pipefail

jobmanager="$1"
shift

# One line per job, e.g. "23.11.2026 17:05:12 : <job id> : TradeStream (RUNNING)". A cluster that
# cannot be listed stops the script (set -e) rather than risking a second copy.
jobs="$(flink list -m "$jobmanager")"
if grep -q ' : TradeStream (' <<<"$jobs"; then
  echo "TradeStream is already on the cluster at $jobmanager; not submitting it again."
  exit 0
fi
exec flink run -d -m "$jobmanager" /opt/flink/usrlib/tradestream-job.jar "$@"
