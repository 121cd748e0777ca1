# Sourced by the two-server scripts: Liberty servers named by the arguments, each a copy of this build
# (server.xml, the WAR, and the lib/ and jvm.options of the server liberty:create or the ITs made), with
# fresh apps and logs. Run from the repository root.
servers_from_build() {
    local wlp=web-ui/target/liberty/wlp template="" candidate server
    for candidate in cardvault cardvault-it; do
        [ -d "$wlp/usr/servers/$candidate/lib" ] && { template=$candidate; break; }
    done
    [ -n "$template" ] && [ -f web-ui/target/cardvault.war ] || { echo "build first: ./mvnw verify" >&2; return 1; }
    for server in "$@"; do
        [ -d "$wlp/usr/servers/$server" ] || "$wlp/bin/server" create "$server" >/dev/null
        cp server.xml "$wlp/usr/servers/$server/"
        rm -rf "$wlp/usr/servers/$server/apps" "$wlp/usr/servers/$server/lib" "$wlp/usr/servers/$server/logs"
        cp -r "$wlp/usr/servers/$template/"{lib,jvm.options} "$wlp/usr/servers/$server/"
        mkdir -p "$wlp/usr/servers/$server/apps"
        cp web-ui/target/cardvault.war "$wlp/usr/servers/$server/apps/"
    done
}
