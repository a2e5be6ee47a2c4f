package bench;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The one endpoint: the framework's cost without the suite's code. */
@Path("/hello")
@PermitAll
public class Hello {
    @GET
    public String hello() {
        return "hello";
    }
}
