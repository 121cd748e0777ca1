package io.cardvault.adapter.in.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Forms post back to the page's pretty URL ({@code /en/signin}), not to the view's file name. */
public class PrettyUrlViewHandler extends ViewHandlerWrapper {

    public PrettyUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        ExternalContext external = context.getExternalContext();
        return WebRoutes.prettyPathOf(viewId)
                .map(pretty -> external.getRequestContextPath() + external.getRequestServletPath() + ("/".equals(pretty) ? "" : pretty))
                .orElseGet(() -> super.getActionURL(context, viewId));
    }
}
