/**
 * @sensorpath/auth: tenants, API users scoped to a sensor path, token hashing and verification,
 * and OpenID Connect JWT verification. (Being built for issue 7.)
 */
export {};
