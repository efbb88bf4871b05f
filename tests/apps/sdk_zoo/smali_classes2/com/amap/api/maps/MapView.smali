.class public Lcom/amap/api/maps/MapView;
.super Landroid/widget/FrameLayout;
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0, p1}, Landroid/widget/FrameLayout;-><init>(Landroid/content/Context;)V
    return-void
.end method
.method public onCreate(Landroid/os/Bundle;)V
    .registers 2
    return-void
.end method
.method public getMap()Lcom/amap/api/maps/AMap;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
