.class public La/c/a;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static a(Z)V
    .registers 1
    return-void
.end method
.method public static a(Ljava/lang/String;Landroid/content/Context;Ljava/lang/String;)La/c/a;
    .registers 4
    const/4 v0, 0x0
    return-object v0
.end method
.method public a(Landroid/app/Activity;Ljava/lang/String;La/c/b;)I
    .registers 5
    const/4 v0, 0x0
    return v0
.end method
