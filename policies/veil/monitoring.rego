# METADATA
# title: Monitoring (kube-prometheus-stack)
# description: |
#   Prometheus retention against its volume, WAL compression, the storage
#   classes the monitoring volumes ask for, and Alertmanager's routing tree.
#   Sizes arrive in bytes (compiler/model/quantity.ts).
package veil.monitoring

import data.veil.lib

m := input.facts.monitoring

prom := input.spec.monitoring.prometheus

# METADATA
# title: Retention needs a persistent volume
# description: |
#   Retention only means something when the TSDB survives a restart: without
#   a persistent volume Prometheus keeps samples in the pod and loses them
#   whenever it is rescheduled.
# custom:
#   id: VEIL-MON-001
#   severity: warn
#   sources:
#     - https://prometheus.io/docs/prometheus/latest/storage/
findings contains f if {
	m.prometheusVolumeBytes == 0
	f := lib.finding(
		rego.metadata.rule(),
		["monitoring", "prometheus", "storage", "size"],
		sprintf("retention %s but Prometheus has no persistent volume (storage.size %s): samples are lost when the pod restarts", [prom.retention, prom.storage.size]),
		"give Prometheus a volume, e.g. storage: { size: 20Gi }",
	)
}

# METADATA
# title: Retention size below the volume
# description: |
#   storage.tsdb.retention.size only deletes persisted blocks, while the WAL
#   and head chunks count towards it and need room too; at or above the
#   volume size the disk fills before retention deletes anything. Prometheus
#   suggests leaving 15-20% of the volume free (VEIL-MON-006 warns above 85%).
# custom:
#   id: VEIL-MON-002
#   severity: deny
#   sources:
#     - https://prometheus.io/docs/prometheus/latest/storage/#operational-aspects
#     - https://prometheus.io/docs/prometheus/latest/storage/#right-sizing-retention-size
findings contains f if {
	m.retentionSizeBytes != null
	m.prometheusVolumeBytes > 0
	m.retentionSizeBytes >= m.prometheusVolumeBytes
	f := lib.finding(
		rego.metadata.rule(),
		["monitoring", "prometheus", "retentionSize"],
		sprintf("retentionSize %s (%s) is not below the Prometheus volume %s (%s): the disk fills before retention deletes blocks", [prom.retentionSize, lib.bytes(m.retentionSizeBytes), prom.storage.size, lib.bytes(m.prometheusVolumeBytes)]),
		sprintf("set retentionSize to about 85%% of the volume, e.g. %dGi", [floor((m.prometheusVolumeBytes * 85) / (100 * 1073741824))]),
	)
}

# METADATA
# title: WAL compression
# description: Compressing the write-ahead log roughly halves its size at little CPU cost; Prometheus enables it by default.
# custom:
#   id: VEIL-MON-003
#   severity: warn
#   sources:
#     - https://prometheus.io/docs/prometheus/latest/command-line/prometheus/
findings contains f if {
	prom.walCompression == false
	f := lib.finding(
		rego.metadata.rule(),
		["monitoring", "prometheus", "walCompression"],
		"walCompression is false: the write-ahead log takes about twice the disk space",
		"set walCompression: true",
	)
}

# METADATA
# title: Monitoring storage classes exist
# description: Each monitoring volume asks for a StorageClass the spec declares in storageClasses, or its claim stays Pending.
# custom:
#   id: VEIL-MON-004
#   severity: deny
#   sources:
#     - https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class
findings contains f if {
	some use in input.facts.storage.uses
	use.path[0] == "monitoring"
	not use.class in input.spec.storageClasses
	f := lib.finding(
		rego.metadata.rule(),
		use.path,
		sprintf("storage class %s is not one of storageClasses (%s): the claim would stay Pending", [use.class, lib.names(input.spec.storageClasses)]),
		"use a declared class or add it to storageClasses",
	)
}

# METADATA
# title: Retention size leaves room for compaction
# description: |
#   Prometheus recommends a size-based retention of at most 80-85% of the
#   volume. The WAL and the memory-mapped head chunks already count towards
#   retention.size (only whole blocks are deleted to honour it); the 15-20%
#   beyond it is for in-progress compactions, which keep the source blocks
#   and the new block (spanning up to 10% of the retention time, at most 31
#   days) on disk at once, so the volume can briefly hold more than
#   retention.size. veilc warns above 85% and denies at 100% (VEIL-MON-002).
# custom:
#   id: VEIL-MON-006
#   severity: warn
#   sources:
#     - https://prometheus.io/docs/prometheus/latest/storage/#right-sizing-retention-size
#     - https://prometheus.io/docs/prometheus/latest/storage/#compaction
findings contains f if {
	rs := m.retentionSizeBytes
	vol := m.prometheusVolumeBytes
	rs != null
	vol > 0
	rs < vol
	rs * 100 > vol * 85
	free := vol - rs
	f := lib.finding(
		rego.metadata.rule(),
		["monitoring", "prometheus", "retentionSize"],
		sprintf("retentionSize %s is %s of the %s Prometheus volume, above the 80-85%% Prometheus recommends: only %s (%s) is left beyond it for compactions, which keep the source blocks and the compacted block on disk at once", [prom.retentionSize, lib.percent(rs, vol), prom.storage.size, lib.bytes(free), lib.percent(free, vol)]),
		sprintf("set retentionSize to at most %s (85%% of %s), or grow the volume to at least %s", [lib.quantity_floor((vol * 85) / 100), prom.storage.size, lib.gib_ceil((rs * 100) / 85)]),
	)
}

_am := input.spec.monitoring.alertmanager

_receiver_names := [r.name | some r in _am.receivers]

_receiver_list := lib.names(_receiver_names) if count(_receiver_names) > 0

_receiver_list := "none" if count(_receiver_names) == 0

# Every place the routing tree names a receiver: route.receiver and the
# receiver of each route below it, at any depth (walk visits every level, so
# nested routes are covered should the schema allow them).
_named_receivers contains {"path": array.concat(["monitoring", "alertmanager", "route"], p), "name": name} if {
	walk(_am.route, [p, name])
	count(p) > 0
	p[count(p) - 1] == "receiver"
}

# Why "null" in particular may be missing: it is route.receiver's default, and
# the chart's own "null" receiver does not survive a receivers list (Helm
# replaces lists instead of merging them).
_null_note(n) := sprintf(" (%s defaults to \"null\"; the chart's own \"null\" receiver is gone, since Helm replaces the chart's receivers list with yours)", [lib.path_string(array.slice(n.path, 2, count(n.path)))]) if {
	n.name == "null"
	count(n.path) == 4
}

_null_note(n) := " (the chart's own \"null\" receiver is gone, since Helm replaces the chart's receivers list with yours)" if {
	n.name == "null"
	count(n.path) > 4
}

_null_note(n) := "" if n.name != "null"

_receiver_hint(name) := sprintf("define a receiver named \"%s\" under monitoring.alertmanager.receivers (one without webhook or email drops alerts), or name one of: %s", [name, _receiver_list]) if count(_receiver_names) > 0

_receiver_hint(name) := sprintf("define a receiver named \"%s\" under monitoring.alertmanager.receivers (one without webhook or email drops alerts)", [name]) if count(_receiver_names) == 0

# METADATA
# title: Routes name defined receivers
# description: |
#   Every receiver the routing tree names (route.receiver, including its
#   default "null", and each child route's receiver) must be one of
#   alertmanager.receivers. Alertmanager refuses a configuration that names
#   an undefined receiver ("undefined receiver ... used in route") and keeps
#   running without it, so no alert of the new routing is delivered. The
#   chart's own receivers do not help: Helm replaces the chart's list.
# custom:
#   id: VEIL-MON-005
#   severity: deny
#   sources:
#     - https://prometheus.io/docs/alerting/latest/configuration/#route
#     - https://github.com/prometheus/alertmanager/blob/main/config/config.go
#     - https://helm.sh/docs/chart_template_guide/values_files/
findings contains f if {
	some n in _named_receivers
	not n.name in _receiver_names
	f := lib.finding(
		rego.metadata.rule(),
		n.path,
		sprintf("%s \"%s\" is not one of the receivers (%s)%s: Alertmanager refuses the whole configuration (\"undefined receiver \"%s\" used in route\") and delivers no alert", [lib.path_string(array.slice(n.path, 2, count(n.path))), n.name, _receiver_list, _null_note(n), n.name]),
		_receiver_hint(n.name),
	)
}
