# Sourced by the engine fixtures: a private registry (the `docker-registry` package,
# plain HTTP on 127.0.0.1) whose files and pid live in $DIR. Needs log().

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

# Prints the port once the registry answers; its pid is in $DIR/registry.pid.
start_registry() {
  local port; port=$(free_port) || { log "no free port for the registry"; return 1; }
  mkdir -p "$DIR/registry"
  cat > "$DIR/registry.yml" <<YML
version: 0.1
log: { level: warn }
storage: { filesystem: { rootdirectory: $DIR/registry }, delete: { enabled: true } }
http: { addr: 127.0.0.1:$port }
YML
  docker-registry serve "$DIR/registry.yml" >"$DIR/registry.log" 2>&1 &
  echo $! > "$DIR/registry.pid"
  for _ in $(seq 1 100); do
    curl -fsS --max-time 1 "http://127.0.0.1:$port/v2/" >/dev/null 2>&1 && { echo "$port"; return 0; }
    sleep 0.1
  done
  log "the registry did not answer; its log:"; tail -n 20 "$DIR/registry.log" >&2
  return 1
}
