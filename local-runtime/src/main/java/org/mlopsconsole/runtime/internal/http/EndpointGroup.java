package org.mlopsconsole.runtime.internal.http;

import io.javalin.config.RoutesConfig;

/** A set of the protocol's endpoints that belong together; each registers its own routes. */
interface EndpointGroup {

    void register(RoutesConfig routes);
}
