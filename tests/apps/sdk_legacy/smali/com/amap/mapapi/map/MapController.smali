.class public final Lcom/amap/mapapi/map/MapController;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public setCenter(Lcom/amap/mapapi/core/GeoPoint;)V
    .registers 2
    return-void
.end method
.method public setZoom(I)I
    .registers 3
    const/4 v0, 0x0
    return v0
.end method
