#!/usr/bin/env bash
# A real printer for the test suite: a CUPS queue that "prints" to PDF files with cups-pdf.
#   database/cups-test-printer.sh start|stop|device-uri|dir|name
# Uses Debian's cups, cups-bsd and printer-driver-cups-pdf packages (installed by `make test`).
# `start` makes sure the CUPS scheduler runs (through systemd when the machine has it, otherwise
# cupsd is started directly and its pid kept so `stop` ends only that process) and adds the
# queue SOPDesk_PDF. Every job lands in one folder (`dir`), readable by everyone, named
# job_<id>-<title>.pdf. The queue has its own cups-pdf instance (device URI cups-pdf:/sopdesk,
# configuration /etc/cups/cups-pdf-sopdesk.conf), so the system's default cups-pdf.conf and any
# other PDF queue are left untouched. `start` and `stop` are idempotent. Both need root; sudo is used
# when run as another user.
set -euo pipefail
QUEUE=${SOPDESK_TEST_PRINTER:-SOPDesk_PDF}
INSTANCE=sopdesk
URI="cups-pdf:/$INSTANCE"
OUT=/var/spool/cups-pdf/sopdesk
CONF=/etc/cups/cups-pdf-$INSTANCE.conf
PIDFILE=/run/sopdesk-cupsd.pid

need_root() {
  if [ "$(id -u)" != 0 ]; then exec sudo -- "$0" "$@"; fi
}

scheduler_running() {
  lpstat -r 2>/dev/null | grep -q "scheduler is running"
}

start_scheduler() {
  scheduler_running && return 0
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
    systemctl start cups.service
  else
    # No systemd (a container): run cupsd in the foreground of its own session, in the
    # background of this script, so its pid is known for `stop`.
    local cupsd
    cupsd=$(command -v cupsd || echo /usr/sbin/cupsd)
    [ -x "$cupsd" ] || { echo "CUPS tidak terpasang (apt-get install cups cups-bsd printer-driver-cups-pdf)" >&2; exit 1; }
    mkdir -p /run/cups
    setsid "$cupsd" -f </dev/null >/dev/null 2>&1 &
    echo $! >"$PIDFILE"
  fi
  for _ in $(seq 1 100); do
    scheduler_running && return 0
    sleep 0.2
  done
  echo "Penjadwal CUPS tidak mau berjalan; lihat /var/log/cups/error_log" >&2
  exit 1
}

ppd_model() {
  # Debian 12 lists the cups-pdf PPD as lsb/usr/cups-pdf/CUPS-PDF_opt.ppd; ask rather than guess.
  lpinfo -m 2>/dev/null | awk 'tolower($1) ~ /cups-pdf_opt\.ppd$/ {print $1; exit}'
}

case "${1:-}" in
  start)
    need_root "$@"
    for tool in lpstat lpadmin lpinfo; do
      command -v "$tool" >/dev/null || { echo "$tool tidak ada (apt-get install cups cups-bsd)" >&2; exit 1; }
    done
    [ -x /usr/lib/cups/backend/cups-pdf ] || { echo "cups-pdf tidak terpasang (apt-get install printer-driver-cups-pdf)" >&2; exit 1; }
    # Sticky and world-writable like /tmp: cups-pdf writes each job as the user who printed it.
    mkdir -p "$OUT"
    chmod 1777 "$OUT"
    want="# Written by database/cups-test-printer.sh for the SOPDesk test queue $QUEUE.
Out $OUT
AnonDirName $OUT
Label 1
TitlePref 1
UserUMask 0022
Grp lpadmin"
    if [ ! -f "$CONF" ] || [ "$(cat "$CONF")" != "$want" ]; then
      printf '%s\n' "$want" >"$CONF"
    fi
    start_scheduler
    if ! lpstat -v "$QUEUE" 2>/dev/null | grep -q "$URI"; then
      model=$(ppd_model)
      if [ -n "$model" ]; then
        lpadmin -p "$QUEUE" -v "$URI" -m "$model" 2>&1 | grep -v "drivers are deprecated" >&2 || true
      else
        lpadmin -p "$QUEUE" -v "$URI" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>&1 | grep -v "drivers are deprecated" >&2 || true
      fi
      lpstat -v "$QUEUE" >/dev/null
    fi
    # A failed job is dropped instead of stopping the queue, so one bad test cannot block the next.
    # The PPD's own defaults override cups-pdf's configuration for these two, so set them here too.
    lpadmin -p "$QUEUE" -E -o printer-error-policy=abort-job -o Label=1 -o TitlePref=1 \
      -D "Printer uji SOPDesk (PDF)"
    cupsenable "$QUEUE"
    cupsaccept "$QUEUE"
    echo "Printer uji $QUEUE siap; hasil cetak di $OUT"
    ;;
  stop)
    need_root "$@"
    if scheduler_running; then
      lpadmin -x "$QUEUE" 2>/dev/null || true
    fi
    # Only the cupsd this script started (no systemd); a system-managed CUPS keeps running.
    if [ -f "$PIDFILE" ]; then
      pid=$(cat "$PIDFILE")
      if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = cupsd ]; then
        kill "$pid"
        for _ in $(seq 1 50); do
          kill -0 "$pid" 2>/dev/null || break
          sleep 0.1
        done
      fi
      rm -f "$PIDFILE"
    fi
    ;;
  device-uri)
    echo "$URI"
    ;;
  dir)
    echo "$OUT"
    ;;
  name)
    echo "$QUEUE"
    ;;
  *)
    echo "pemakaian: $0 start|stop|device-uri|dir|name" >&2; exit 2 ;;
esac
