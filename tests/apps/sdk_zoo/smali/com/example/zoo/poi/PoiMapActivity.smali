.class public Lcom/example/zoo/poi/PoiMapActivity;
.super Landroid/app/Activity;
.source "PoiMapActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lcom/amap/api/maps/MapView;
    invoke-direct {v0, p0}, Lcom/amap/api/maps/MapView;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, p1}, Lcom/amap/api/maps/MapView;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0, v0}, Lcom/example/zoo/poi/PoiMapActivity;->setContentView(Landroid/view/View;)V
    invoke-virtual {v0}, Lcom/amap/api/maps/MapView;->getMap()Lcom/amap/api/maps/AMap;
    move-result-object v0
    const/4 v1, 0x1
    invoke-virtual {v0, v1}, Lcom/amap/api/maps/AMap;->setMyLocationEnabled(Z)V
    return-void
.end method
