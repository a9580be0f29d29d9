/** @sensorpath/web: the single-page UI served by the server at / (issue 9). */
export {};
