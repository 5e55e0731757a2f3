package org.corridor.server;

import java.util.List;

/**
 * One route of the API as the OpenAPI document and the API page describe it. Routes are
 * registered through {@link CorridorServer} together with their handler, so the document cannot
 * list a route that is not served or miss one that is.
 */
record ApiRoute(String method, String path, String summary, List<Param> params, String body, int status) {
    /** A parameter: in "query" or "path"; type "string", "integer", "number" or "array" (of strings, commas or repeated). */
    record Param(String name, String in, String type, boolean required, String description) {
        static Param query(String name, String type, String description) {
            return new Param(name, "query", type, false, description);
        }

        static Param path(String name, String description) {
            return new Param(name, "path", "string", true, description);
        }
    }
}
