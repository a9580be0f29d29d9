"""An Eastron SDM630 as an independent Modbus peer for sensorpath's edge tests.

Serves the SDM630 register map (../shared/devices/sdm630.md) with Debian's python3-pymodbus
(3.0.0rc1): measurements as big-endian float32 input registers (FC 4) at zero-based PDU addresses,
the serial number as u32 in holding registers 0xFC00-0xFC01 (FC 3). Each unit id serves fixed,
distinct values; the values are printed as one JSON line `READY {...}` once the server is up, so a
test can compare what the agent published with what was served.

Usage: /usr/bin/python3 sdm630_server.py --units 1,2 (--tcp PORT | --rtu /dev/pts/N [--baud 9600])
"""
import argparse
import asyncio
import json
import logging
import struct
import sys

from pymodbus.datastore import (
    ModbusSequentialDataBlock,
    ModbusServerContext,
    ModbusSlaveContext,
    ModbusSparseDataBlock,
)
from pymodbus.server import StartAsyncSerialServer, StartAsyncTcpServer
from pymodbus.transaction import ModbusRtuFramer


def float_words(value):
    hi, lo = struct.unpack(">HH", struct.pack(">f", value))
    return [hi, lo]


def unit_values(unit):
    return {
        "voltage": [round(229.5 + unit * 0.7, 1), round(230.2 + unit * 0.3, 1), round(231.1 - unit * 0.4, 1)],
        "current": [round(4.25 + unit, 3), round(3.5 + unit, 3), round(5.125 + unit, 3)],
        "power": [float(975 + unit * 100), float(805 + unit * 100), float(1180 + unit * 100)],
        "frequency": 50.02,
        "import_kwh": 12345.5 + unit,
        "serial": 20001230 + unit,
    }


def unit_context(v):
    regs = [0] * 0x180
    def put(addr, value):
        regs[addr:addr + 2] = float_words(value)
    for i in range(3):
        put(0x0000 + 2 * i, v["voltage"][i])
        put(0x0006 + 2 * i, v["current"][i])
        put(0x000C + 2 * i, v["power"][i])
        put(0x0012 + 2 * i, v["power"][i] * 1.02)
        put(0x0018 + 2 * i, v["power"][i] * 0.2)
        put(0x001E + 2 * i, 0.98)
        put(0x015A + 2 * i, v["import_kwh"] / 3)
    put(0x0034, sum(v["power"]))
    put(0x003E, 0.98)
    put(0x0046, v["frequency"])
    put(0x0048, v["import_kwh"])
    put(0x004A, 0.0)
    serial = v["serial"]
    hr = ModbusSparseDataBlock({0xFC00: serial >> 16, 0xFC01: serial & 0xFFFF})
    return ModbusSlaveContext(ir=ModbusSequentialDataBlock(0, regs), hr=hr, zero_mode=True)


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", default="1")
    ap.add_argument("--tcp", type=int)
    ap.add_argument("--rtu")
    ap.add_argument("--baud", type=int, default=9600)
    args = ap.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    units = [int(u) for u in args.units.split(",")]
    values = {u: unit_values(u) for u in units}
    context = ModbusServerContext(slaves={u: unit_context(values[u]) for u in units}, single=False)
    ready = "READY " + json.dumps({str(u): values[u] for u in units})
    if args.tcp:
        server = await StartAsyncTcpServer(context, address=("127.0.0.1", args.tcp), defer_start=True)
        task = asyncio.create_task(server.serve_forever())
        await server.serving
    else:
        server = await StartAsyncSerialServer(
            context, framer=ModbusRtuFramer, port=args.rtu, baudrate=args.baud,
            ignore_missing_slaves=True, defer_start=True,
        )
        await server.start()
        task = asyncio.create_task(server.serve_forever())
    print(ready, flush=True)
    await task


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
