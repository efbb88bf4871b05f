.class public Lm/framework/utils/Utils;
.super Ljava/lang/Object;
.method public static dipToPx(Landroid/content/Context;I)I
    .registers 3
    const/4 v0, 0x0
    return v0
.end method
