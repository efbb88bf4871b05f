.class public Lcom/amap/mapapi/core/GeoPoint;
.super Ljava/lang/Object;
.method public constructor <init>(II)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
