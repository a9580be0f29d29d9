/** @sensorpath/rules: recording and alerting rules, notifications, events and stream event processing (issue 8). */
export {};
