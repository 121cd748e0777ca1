package io.cardvault.adapter.in.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the site's forms answer a postback that fails (registered in {@code faces-config.xml}):
 * <ul>
 * <li>an expired view (the session timed out, the server restarted) goes back to the same page
 * by a redirect, a fresh form, which is what a user expects after a pause; an Ajax request gets
 * the same redirect inside its partial response;</li>
 * <li>a view state that could not be decoded, was refused as forged, or a request that names
 * components or parameters that are not there, is the client's 400: the site's own error page in
 * its language for a form post, a partial-response error for Ajax;</li>
 * <li>anything else on an Ajax request is a 500 whose partial response carries an incident id;
 * a plain post goes on to the container's error page, as before.</li>
 * </ul>
 * No answer names an exception class: Faces' own Ajax error element would, even in Production.
 */
public class FormStateExceptionHandlerFactory extends ExceptionHandlerFactory {

    public FormStateExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FormStateExceptionHandler(getWrapped().getExceptionHandler());
    }

    /** What went wrong, as far as the answer is concerned. */
    enum Fault {
        EXPIRED, CLIENT, SERVER
    }

    /**
     * Expired if the chain holds {@link ViewExpiredException}; the client's fault if the view could
     * not even be restored (a forged or undecodable state fails in that phase whatever it throws),
     * the state was refused as protected, or an {@link IllegalArgumentException} says the request
     * named something that is not there; otherwise the server's.
     */
    static Fault classify(Throwable failure, PhaseId phase) {
        boolean illegalArgument = false;
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 64; cause = cause.getCause(), depth++) {
            if (cause instanceof ViewExpiredException) {
                return Fault.EXPIRED;
            }
            if (cause instanceof ProtectedViewException) {
                return Fault.CLIENT;
            }
            illegalArgument |= cause instanceof IllegalArgumentException;
            if (cause.getCause() == cause) {
                break;
            }
        }
        return illegalArgument || PhaseId.RESTORE_VIEW.equals(phase) ? Fault.CLIENT : Fault.SERVER;
    }

    /** The partial response of an Ajax request that failed: a name and a sentence, never a class. */
    static String partialError(String name, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><error><error-name>" + name
                + "</error-name><error-message><![CDATA[" + message + "]]></error-message></error></partial-response>";
    }

    /** The partial response that sends Faces' script to {@code url}, which is escaped for XML. */
    static String partialRedirect(String url) {
        String escaped = url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + escaped
                + "\"></redirect></partial-response>";
    }

    private static final class FormStateExceptionHandler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(FormStateExceptionHandler.class.getName());
        private static final int OK = 200;
        private static final int BAD_REQUEST = 400;
        private static final int SERVER_ERROR = 500;

        FormStateExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext queued = events.next().getContext();
                FacesContext faces = queued.getContext();
                if (faces.getResponseComplete() || faces.getExternalContext().isResponseCommitted()) {
                    continue;
                }
                Fault fault = classify(queued.getException(), queued.getPhaseId());
                boolean ajax = isAjax(faces.getExternalContext());
                if (fault == Fault.SERVER && !ajax) {
                    continue; // the container's error page, through the default handler
                }
                events.remove();
                try {
                    answer(faces, fault, ajax, queued.getException());
                } catch (IOException e) {
                    throw new FacesException("The answer to a failed postback could not be written", e);
                }
                faces.responseComplete();
            }
            getWrapped().handle();
        }

        private static void answer(FacesContext faces, Fault fault, boolean ajax, Throwable failure) throws IOException {
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            switch (fault) {
                case EXPIRED -> {
                    LOG.log(Level.FINE, "Expired view, back to the page", failure);
                    if (ajax) {
                        partial(external, OK, partialRedirect(samePage(external)));
                    } else {
                        external.redirect(samePage(external));
                    }
                }
                case CLIENT -> {
                    LOG.log(Level.FINE, "Postback refused as the client's fault", failure);
                    if (ajax) {
                        partial(external, BAD_REQUEST, partialError("BadRequest", "The form could not be read. Reload the page."));
                    } else {
                        external.responseSendError(BAD_REQUEST, null); // the site's error page, in its language
                    }
                }
                case SERVER -> {
                    String incident = UUID.randomUUID().toString();
                    LOG.log(Level.SEVERE, "Unexpected error in an Ajax request, incident " + incident, failure);
                    partial(external, SERVER_ERROR, partialError("ServerError",
                            "Something went wrong (incident " + incident + "). Please try again later."));
                }
            }
        }

        private static void partial(ExternalContext external, int status, String body) throws IOException {
            external.setResponseStatus(status);
            external.setResponseContentType("text/xml");
            external.setResponseCharacterEncoding("UTF-8");
            Writer writer = external.getResponseOutputWriter();
            writer.write(body);
            writer.flush();
        }

        /**
         * By the header Faces' script always sends, or the parameter; a body that cannot be parsed
         * (a broken escape in the form) is no Ajax request worth a partial response.
         */
        private static boolean isAjax(ExternalContext external) {
            if ("partial/ajax".equals(external.getRequestHeaderMap().get("Faces-Request"))) {
                return true;
            }
            try {
                return "true".equals(external.getRequestParameterMap().get("jakarta.faces.partial.ajax"));
            } catch (RuntimeException unreadable) {
                return false;
            }
        }

        /** The address the browser asked for (the pretty URL before the forward to the view), with its query. */
        private static String samePage(ExternalContext external) {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            String uri = forwarded instanceof String original ? original : request.getRequestURI();
            String query = forwarded instanceof String ? (String) forwardedQuery : request.getQueryString();
            return query == null || query.isEmpty() ? uri : uri + "?" + query;
        }
    }
}
