.class public Lcom/example/oldie/BusMapActivity;
.super Lcom/amap/mapapi/map/MapActivity;
.source "BusMapActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcom/amap/mapapi/map/MapActivity;-><init>()V
    return-void
.end method
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6
    invoke-super {p0, p1}, Lcom/amap/mapapi/map/MapActivity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lcom/amap/mapapi/map/MapView;
    invoke-direct {v0, p0}, Lcom/amap/mapapi/map/MapView;-><init>(Landroid/content/Context;)V
    invoke-virtual {p0, v0}, Lcom/example/oldie/BusMapActivity;->setContentView(Landroid/view/View;)V
    const/4 v1, 0x1
    invoke-virtual {v0, v1}, Lcom/amap/mapapi/map/MapView;->setBuiltInZoomControls(Z)V
    invoke-virtual {v0}, Lcom/amap/mapapi/map/MapView;->getController()Lcom/amap/mapapi/map/MapController;
    move-result-object v0
    new-instance v1, Lcom/amap/mapapi/core/GeoPoint;
    const v2, 0x260e5d0
    const v3, 0x6e2b2b8
    invoke-direct {v1, v2, v3}, Lcom/amap/mapapi/core/GeoPoint;-><init>(II)V
    invoke-virtual {v0, v1}, Lcom/amap/mapapi/map/MapController;->setCenter(Lcom/amap/mapapi/core/GeoPoint;)V
    invoke-static {p0}, Lcom/amap/mapapi/location/LocationManagerProxy;->getInstance(Landroid/app/Activity;)Lcom/amap/mapapi/location/LocationManagerProxy;
    return-void
.end method
