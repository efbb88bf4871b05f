.class public La/d/a;
.super Ljava/lang/Object;
.method public static a(Landroid/content/Context;Ljava/lang/String;)La/d/a;
    .registers 3
    const/4 v0, 0x0
    return-object v0
.end method
