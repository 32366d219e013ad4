# METADATA
# title: Monitoring (kube-prometheus-stack)
# description: |
#   Prometheus retention against its volume, WAL compression, and the storage
#   classes the monitoring volumes ask for. Sizes arrive in bytes
#   (compiler/model/quantity.ts).
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
#   suggests leaving 15-20% of the volume free.
# custom:
#   id: VEIL-MON-002
#   severity: deny
#   sources:
#     - https://prometheus.io/docs/prometheus/latest/storage/#operational-aspects
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
