/** @sensorpath/forecast: the virtual machine, LSTM training, baselines, evaluation and serving (issue 10). */
export {};
