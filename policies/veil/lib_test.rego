package veil.lib_test

import data.veil.lib

test_bytes if {
	lib.bytes(0) == "0 B"
	lib.bytes(1023) == "1023 B"
	lib.bytes(1024) == "1 KiB"
	lib.bytes(536870912000) == "500 GiB"
	lib.bytes(147639500800) == "137.5 GiB"
	lib.bytes(1132462080000) == "1.03 TiB"
	lib.bytes(1610612736) == "1.5 GiB"
}

test_gib_ceil if {
	lib.gib_ceil(147639500800) == "138Gi"
	lib.gib_ceil(536870912000) == "500Gi"
}

test_percent if {
	lib.percent(185, 200) == "92.5%"
	lib.percent(17, 20) == "85%"
	lib.percent(1, 3) == "33.33%"
}

test_quantity_floor if {
	lib.quantity_floor(18253611008) == "17Gi"
	lib.quantity_floor(912680550) == "870Mi"
}

test_ip if {
	lib.ip(3232235520) == "192.168.0.0"
	lib.ip(167772165) == "10.0.0.5"
	lib.ip(4294967295) == "255.255.255.255"
}

test_path_string if {
	lib.path_string(["nodes", 1, "address"]) == "nodes[1].address"
	lib.path_string([]) == ""
	lib.path_string(["dns", "zones", 0, "records", 3]) == "dns.zones[0].records[3]"
}

test_words if {
	lib.plural(1, "drive") == "1 drive"
	lib.plural(0, "drive") == "0 drives"
	lib.counted(2, "address", "addresses") == "2 addresses"
	lib.counted(1, "address", "addresses") == "1 address"
	lib.join_or(["a"]) == "a"
	lib.join_or(["a", "b", "c"]) == "a, b or c"
}
