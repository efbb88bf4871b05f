.class public La/e/d;
.super Landroid/location/Location;
.method public constructor <init>(Ljava/lang/String;)V
    .registers 2
    invoke-direct {p0, p1}, Landroid/location/Location;-><init>(Ljava/lang/String;)V
    return-void
.end method
