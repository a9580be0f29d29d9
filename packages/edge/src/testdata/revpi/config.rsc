{
  "App": { "name": "PiCtory", "version": "2.11.0", "saveTS": "20261127230000", "language": "en", "layout": {} },
  "Summary": { "inpTotal": 108, "outTotal": 70 },
  "Devices": [
    {
      "GUID": "c2f3a7b8-0000-4000-8000-000000000001",
      "id": "device_RevPiConnect4_20230409_1_0_001",
      "type": "BASE",
      "productType": "136",
      "position": "0",
      "name": "RevPi Connect 4",
      "bmk": "RevPi Connect 4",
      "inpVariant": 0,
      "outVariant": 0,
      "comment": "sample configuration written for sensorpath's tests",
      "offset": 0,
      "inp": {
        "0": ["RevPiStatus", "0", "8", "0", true, "0000", "", ""],
        "1": ["RevPiIOCycle", "0", "8", "1", true, "0001", "", ""],
        "2": ["RevPiLED", "0", "16", "2", true, "0002", "", ""],
        "3": ["Core_Temperature", "0", "8", "4", true, "0003", "", ""]
      },
      "out": {},
      "mem": {},
      "extend": {}
    },
    {
      "GUID": "c2f3a7b8-0000-4000-8000-000000000002",
      "id": "device_AIO_20220210_1_0_001",
      "type": "LEFT_RIGHT",
      "productType": "103",
      "position": "32",
      "name": "AIO",
      "bmk": "AIO",
      "inpVariant": 0,
      "outVariant": 0,
      "comment": "",
      "offset": 11,
      "inp": {
        "0": ["InputValue_1", "0", "16", "0", true, "0000", "mV", ""],
        "1": ["InputValue_2", "0", "16", "2", true, "0001", "", ""],
        "2": ["RTDValue_1", "0", "16", "12", true, "0006", "0.1 degC", ""],
        "3": ["Counter_1", "0", "32", "20", true, "0010", "", ""]
      },
      "out": { "0": ["OutputValue_1", "0", "16", "29", true, "0011", "", ""] },
      "mem": {},
      "extend": {}
    },
    {
      "GUID": "c2f3a7b8-0000-4000-8000-000000000003",
      "id": "device_DIO_20160818_1_0_001",
      "type": "LEFT_RIGHT",
      "productType": "96",
      "position": "31",
      "name": "DIO",
      "offset": 100,
      "inp": {
        "0": ["I_1", "0", "1", "0", true, "0000", "", "0"],
        "1": ["I_2", "0", "1", "0", true, "0001", "", "1"],
        "2": ["I_3", "0", "1", "0", true, "0002", "", "2"]
      },
      "out": {},
      "mem": {},
      "extend": {}
    }
  ],
  "Connections": []
}
