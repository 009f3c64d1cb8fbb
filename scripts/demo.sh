#!/bin/sh
# The main job on the bundled sample: ingest the five seed articles into a
# fresh library, list the library, then read and show one reading with its
# Statistics and Details. Usage: npm run demo [-- SEEDS_DIR]
set -eu
SEEDS="${1:-../shared/data/seeds/raw}"
DB="$(mktemp -d)/library.db"
readings() { node bin/readings.js --db "$DB" "$@"; }

echo "== readings add $SEEDS   (library: $DB)"
readings add "$SEEDS"
echo
echo "== readings list"
readings list
ID=$(readings list --category nhk --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s).readings[0];process.stdout.write(r?r.id:"")})')
[ -n "$ID" ] || ID=$(readings list --json --limit 1 | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).readings[0].id))')
echo
echo "== readings read $ID"
readings read "$ID"
echo
echo "== readings show $ID"
readings show "$ID"
