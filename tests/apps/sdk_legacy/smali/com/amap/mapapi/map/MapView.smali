.class public Lcom/amap/mapapi/map/MapView;
.super Landroid/view/ViewGroup;
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0, p1}, Landroid/view/ViewGroup;-><init>(Landroid/content/Context;)V
    return-void
.end method
.method public getController()Lcom/amap/mapapi/map/MapController;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
.method public setBuiltInZoomControls(Z)V
    .registers 2
    return-void
.end method
