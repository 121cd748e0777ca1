package io.cardvault.adapter.in.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * Forms post back to the page's pretty URL ({@code /en/signin}), not to the view's file name; and
 * views are transient from their creation unless they keep state ({@link WebRoutes#keepsState}).
 */
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

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && !WebRoutes.keepsState(viewId)) {
            // Set here, before the render phase decides whether the view needs a session (it does for non-transient views).
            root.setTransient(true);
        }
        return root;
    }
}
