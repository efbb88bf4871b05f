.class public Lcn/jiguang/api/utils/JCollectionAuth;
.super Ljava/lang/Object;
.source "SourceFile"


# static fields
.field private static volatile a:Z


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static getAuth(Landroid/content/Context;)Z
    .registers 2

    sget-boolean v0, Lcn/jiguang/api/utils/JCollectionAuth;->a:Z

    return v0
.end method

.method public static setAuth(Landroid/content/Context;Z)V
    .registers 2

    sput-boolean p1, Lcn/jiguang/api/utils/JCollectionAuth;->a:Z

    return-void
.end method
