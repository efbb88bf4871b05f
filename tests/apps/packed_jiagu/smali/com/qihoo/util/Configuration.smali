.class public Lcom/qihoo/util/Configuration;
.super Ljava/lang/Object;
.source "SourceFile"


# static fields
.field public static ENABLE_CRASH_REPORT:Z = true

.field public static final VERSION:Ljava/lang/String; = "4.2.1.0"

.field public static appkey:Ljava/lang/String; = "jg_5d1e9c0a"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method
